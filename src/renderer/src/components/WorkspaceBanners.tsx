/**
 * The strip under the workspace's toolbar: who else has the case open, clashes a merge left to pick, a missing
 * checker name, work signed "Unnamed checker" to sign, and a save that did not happen. Each says what happened and
 * offers what the checker can do about it; none takes the case away from them.
 */
import { useMemo, useState } from 'react'
import type { CaseFileProblem, CaseOwner, DraftOnDisk } from '../../../shared/contract'
import type { CaseFile } from '../../../shared/case'
import type { SaveState } from '../lib/case-session'
import type { RunOp } from '../lib/run-op'
import { countUnnamed, signUnnamed } from '../../../core/case/sign-unnamed'
import { CaseFileBanners } from './CaseFileBanners'
import { ConflictBanner } from './ConflictBanner'
import { ConflictsPanel } from './ConflictsPanel'
import { NameBanner } from './NameBanner'
import { OwnersLine } from './OwnersLine'
import { SignBanner } from './SignBanner'

interface Props {
  casePath: string
  caseFile: CaseFile
  owners: CaseOwner[]
  saveState: SaveState
  diskProblem: CaseFileProblem | null
  draftOnDisk: DraftOnDisk | null
  draftGone: string | null
  checkerName: string
  run: RunOp
  onSelectItem(id: string): void
  onSettings(): void
  onSaveCopy(): void
  onReload(): void
  onPutBack(): void
  onImportDraft(path: string): void
}

export function WorkspaceBanners({
  casePath,
  caseFile,
  owners,
  saveState,
  diskProblem,
  draftOnDisk,
  draftGone,
  checkerName,
  run,
  onSelectItem,
  onSettings,
  onSaveCopy,
  onReload,
  onPutBack,
  onImportDraft
}: Props) {
  // Work signed "Unnamed checker" that could be signed with the name now set.
  const unsigned = useMemo(() => (checkerName.trim() ? countUnnamed(caseFile) : 0), [caseFile, checkerName])
  // The checker said "leave them" for this case: not asked again until it is opened again.
  const [signingDeclined, setSigningDeclined] = useState(false)
  return (
    <div className="banners">
      <OwnersLine owners={owners} />
      <ConflictsPanel caseFile={caseFile} run={run} onSelectItem={onSelectItem} />
      {checkerName.trim() === '' ? <NameBanner onSettings={onSettings} /> : null}
      {unsigned > 0 && !signingDeclined ? (
        <SignBanner
          name={checkerName.trim()}
          count={unsigned}
          onSign={() => run((current, ctx) => signUnnamed(current, checkerName, ctx))}
          onLeave={() => setSigningDeclined(true)}
        />
      ) : null}
      <CaseFileBanners
        casePath={casePath}
        caseFile={caseFile}
        problem={diskProblem}
        draftOnDisk={draftOnDisk}
        draftGone={draftGone}
        onPutBack={onPutBack}
        onSaveCopy={onSaveCopy}
        onImportDraft={onImportDraft}
      />
      {/* A save held back because the file cannot be used is said, with its remedies, by the banner above. */}
      {diskProblem ? null : saveState.kind === 'conflict' ? (
        <ConflictBanner reason={saveState.reason} onSaveCopy={onSaveCopy} onReload={onReload} />
      ) : saveState.kind === 'failed' ? (
        <ConflictBanner reason={saveState.reason} onSaveCopy={onSaveCopy} />
      ) : null}
    </div>
  )
}
