/**
 * An API call posted from another thread, as the page posts it from another process: in a test or bench that runs
 * browser mode's server in its own process, a request or an answer of tens of MB made or read on this thread would
 * hold up the very thread the server answers on. Answers the answer's bytes, moved back, not copied.
 */
import { Worker } from 'node:worker_threads'

export function postFromAnotherThread(url: string, headers: Record<string, string>, body: string): Promise<Buffer> {
  const client = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads')
    fetch(workerData.url, { method: 'POST', headers: workerData.headers, body: workerData.body })
      .then((reply) => reply.arrayBuffer())
      .then((bytes) => parentPort.postMessage(bytes, [bytes]))`,
    { eval: true, workerData: { url, headers, body } }
  )
  return new Promise((resolve, reject) => {
    client.once('message', (bytes: ArrayBuffer) => resolve(Buffer.from(bytes)))
    client.once('error', reject)
  })
}
