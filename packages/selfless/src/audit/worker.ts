/**
 * A lint worker: builds the post linter once from the options it is given,
 * says `ready` (until then the pipeline lints in its own thread rather than
 * wait), then lints batches of post texts. Errors stay per post, as in one
 * thread.
 */
import {parentPort, workerData} from 'node:worker_threads'
import type {Options} from 'retext-selfless'
import {createPostLinter, type PostFinding} from './linter.js'

export type WorkerResult = PostFinding[] | {error: string}

const lint = createPostLinter((workerData as {options: Options}).options)

parentPort?.on('message', (texts: string[]) => {
  const results: WorkerResult[] = texts.map((text) => {
    try {
      return lint(text)
    } catch (error) {
      return {error: String((error as Error).stack ?? error)}
    }
  })
  parentPort?.postMessage(results)
})
parentPort?.postMessage('ready')
