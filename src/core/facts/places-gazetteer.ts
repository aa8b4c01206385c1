/**
 * A small shipped gazetteer: every country (with the short names newsrooms use), world capitals,
 * major cities, US states, continents and regions. Enough to call "Mali", "Bamako", "Sahel" places
 * without any model; anything else is found by cues ("the town of X", "in X") in entities.ts.
 * Kept as '|'-separated strings so the list reads like a list and loads in one split.
 */

const COUNTRIES =
  'Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria|Azerbaijan|' +
  'Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia and Herzegovina|Bosnia|' +
  'Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Cabo Verde|' +
  'Central African Republic|Chad|Chile|China|Colombia|Comoros|Congo|Democratic Republic of the Congo|' +
  'Republic of the Congo|Costa Rica|Ivory Coast|Côte d’Ivoire|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|' +
  'Djibouti|Dominica|Dominican Republic|East Timor|Timor-Leste|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|' +
  'Estonia|Eswatini|Swaziland|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|' +
  'Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|' +
  'Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|' +
  'Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Marshall Islands|' +
  'Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|' +
  'Namibia|Nauru|Nepal|Netherlands|Holland|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|' +
  'Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|' +
  'Russia|Rwanda|Saint Kitts and Nevis|Saint Lucia|Saint Vincent and the Grenadines|Samoa|San Marino|' +
  'Sao Tome and Principe|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|' +
  'Solomon Islands|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|' +
  'Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|Türkiye|Turkmenistan|' +
  'Tuvalu|Uganda|Ukraine|United Arab Emirates|UAE|United Kingdom|UK|Britain|Great Britain|England|Scotland|Wales|' +
  'Northern Ireland|United States|United States of America|USA|US|U.S.|America|Uruguay|Uzbekistan|Vanuatu|' +
  'Vatican|Vatican City|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Greenland|Hong Kong|Macau|Puerto Rico|Gaza|' +
  'West Bank|Crimea|Donbas|Western Sahara|Somaliland|Kurdistan|Tibet|Xinjiang|Chechnya|Catalonia|Flanders'

const CAPITALS_AND_CITIES =
  'Kabul|Tirana|Algiers|Luanda|Buenos Aires|Yerevan|Canberra|Vienna|Baku|Nassau|Manama|Dhaka|Minsk|Brussels|' +
  'Porto-Novo|Cotonou|Thimphu|La Paz|Sarajevo|Gaborone|Brasília|Brasilia|Sofia|Ouagadougou|Gitega|Bujumbura|' +
  "Phnom Penh|Yaoundé|Yaounde|Ottawa|Praia|Bangui|N’Djamena|N'Djamena|Santiago|Beijing|Bogotá|Bogota|Moroni|" +
  'Kinshasa|Brazzaville|San José|Abidjan|Yamoussoukro|Zagreb|Havana|Nicosia|Prague|Copenhagen|Djibouti City|' +
  'Santo Domingo|Dili|Quito|Cairo|San Salvador|Malabo|Asmara|Tallinn|Mbabane|Addis Ababa|Suva|Helsinki|Paris|' +
  'Libreville|Banjul|Tbilisi|Berlin|Accra|Athens|Guatemala City|Conakry|Bissau|Georgetown|Port-au-Prince|' +
  'Tegucigalpa|Budapest|Reykjavik|New Delhi|Delhi|Jakarta|Tehran|Baghdad|Dublin|Jerusalem|Tel Aviv|Rome|Kingston|' +
  'Tokyo|Amman|Astana|Nairobi|Pristina|Kuwait City|Bishkek|Vientiane|Riga|Beirut|Maseru|Monrovia|Tripoli|Benghazi|' +
  'Vilnius|Antananarivo|Lilongwe|Kuala Lumpur|Malé|Bamako|Valletta|Nouakchott|Port Louis|Mexico City|Chisinau|' +
  'Ulaanbaatar|Podgorica|Rabat|Casablanca|Maputo|Naypyidaw|Yangon|Windhoek|Kathmandu|Amsterdam|The Hague|' +
  'Wellington|Auckland|Managua|Niamey|Abuja|Lagos|Kano|Pyongyang|Skopje|Oslo|Muscat|Islamabad|Karachi|Lahore|' +
  'Panama City|Port Moresby|Asunción|Lima|Manila|Warsaw|Kraków|Krakow|Gdańsk|Gdansk|Wrocław|Lisbon|Porto|Doha|' +
  'Bucharest|Moscow|St Petersburg|Saint Petersburg|Kigali|Riyadh|Jeddah|Mecca|Dakar|Belgrade|Freetown|Bratislava|' +
  'Ljubljana|Mogadishu|Pretoria|Cape Town|Johannesburg|Durban|Seoul|Busan|Juba|Madrid|Barcelona|Valencia|Seville|' +
  'Colombo|Khartoum|Paramaribo|Stockholm|Bern|Geneva|Zurich|Damascus|Aleppo|Idlib|Homs|Taipei|Dushanbe|Dodoma|' +
  'Dar es Salaam|Bangkok|Lomé|Lome|Tunis|Ankara|Istanbul|Ashgabat|Kampala|Kyiv|Kiev|Kharkiv|Odesa|Odessa|Lviv|' +
  'Mariupol|Bakhmut|Donetsk|Luhansk|Kherson|Zaporizhzhia|Dnipro|Abu Dhabi|Dubai|London|Manchester|Birmingham|' +
  'Liverpool|Leeds|Glasgow|Edinburgh|Cardiff|Belfast|Bristol|Washington|Washington, D.C.|New York|New York City|' +
  'Los Angeles|Chicago|Houston|Phoenix|Philadelphia|San Antonio|San Diego|Dallas|San Francisco|Seattle|Boston|' +
  'Miami|Atlanta|Detroit|Denver|Las Vegas|New Orleans|Baltimore|Pittsburgh|Minneapolis|Montevideo|Tashkent|' +
  'Samarkand|Caracas|Hanoi|Ho Chi Minh City|Sanaa|Aden|Lusaka|Harare|Bulawayo|Hamburg|Munich|Frankfurt|Cologne|' +
  'Marseille|Lyon|Toulouse|Nice|Bordeaux|Strasbourg|Milan|Naples|Turin|Florence|Venice|Rotterdam|Antwerp|Toronto|' +
  'Montreal|Vancouver|Sydney|Melbourne|Brisbane|Perth|Shanghai|Shenzhen|Guangzhou|Wuhan|Chengdu|Mumbai|Kolkata|' +
  'Chennai|Bangalore|Bengaluru|Hyderabad|Osaka|Kyoto|Hiroshima|Nagasaki|Singapore City|São Paulo|Sao Paulo|' +
  'Rio de Janeiro|Bogotá D.C.|Medellín|Guadalajara|Monterrey|Alexandria|Mosul|Basra|Erbil|Kirkuk|Raqqa|Kandahar|' +
  'Herat|Mazar-i-Sharif|Peshawar|Quetta|Timbuktu|Gao|Kidal|Mopti|Ségou|Sikasso|Kayes|Menaka|Ménaka|Agadez|Maiduguri|' +
  'Goma|Mombasa|Zanzibar|Sevastopol|Gaza City|Rafah|Khan Younis|Ramallah|Hebron|Haifa|Nazareth|Bethlehem|Mandalay|' +
  'Dhaka City|Chittagong|Almaty|Minsk City|Kaliningrad|Novosibirsk|Vladivostok|Grozny|Tbilisi City'

const US_STATES =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|' +
  'Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|' +
  'Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|' +
  'Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|' +
  'Wisconsin|Wyoming'

const REGIONS =
  'Africa|Asia|Europe|North America|South America|Latin America|Central America|Oceania|Antarctica|Arctic|' +
  'Middle East|Near East|Far East|Sahel|Sahara|Maghreb|Horn of Africa|West Africa|East Africa|North Africa|' +
  'Southern Africa|Central Africa|Sub-Saharan Africa|Western Europe|Eastern Europe|Central Europe|Balkans|Baltics|' +
  'Caucasus|Central Asia|South Asia|Southeast Asia|East Asia|Scandinavia|Mediterranean|Caribbean|Pacific|Atlantic|' +
  'Indian Ocean|Red Sea|Black Sea|Baltic Sea|North Sea|South China Sea|Persian Gulf|Gulf|Levant|Kashmir|Sinai|' +
  'Golan Heights|Lake Chad|Liptako-Gourma|Amazon|Patagonia|Siberia|Himalayas|Alps|Silicon Valley|Midwest'

/** Lower-cased, accent-kept names → true. Lookup is by the exact capitalised sequence a name scan finds. */
export const PLACE_NAMES: ReadonlySet<string> = new Set(
  [COUNTRIES, CAPITALS_AND_CITIES, US_STATES, REGIONS]
    .flatMap((list) => list.split('|'))
    .map((name) => name.toLowerCase())
)

/** Is this capitalised sequence ("Mali", "West Africa", "Bamako") a known place? */
export function isKnownPlace(name: string): boolean {
  return PLACE_NAMES.has(name.toLowerCase())
}
