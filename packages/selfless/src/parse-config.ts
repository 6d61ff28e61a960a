/**
 * Parses a config file's text as JSON or YAML. A syntax error becomes a
 * `ConfigError` that names the file, the line and the column; the wording is
 * ours, not V8's (which differs between Node versions).
 */
import {parseDocument} from 'yaml'
import {ConfigError} from './config-error.js'
import {LineIndex} from './line-index.js'

export type Syntax = 'json' | 'yaml'

export function parseConfigText(text: string, syntax: Syntax, file: string, display: string): unknown {
  return syntax === 'json' ? parseJson(text, file, display) : parseYaml(text, file, display)
}

/** `.selflessrc` holds JSON or YAML: JSON when it starts with `{`. */
export function sniff(text: string): Syntax {
  return text.trimStart().startsWith('{') ? 'json' : 'yaml'
}

/**
 * `.selflessrc`: JSON when it starts with `{`, else YAML. A `{` that is not
 * JSON may still be a YAML flow mapping (`{speaker: officer}`); when neither
 * parses, the JSON error is the one reported.
 */
export function parseEitherConfig(text: string, file: string, display: string): unknown {
  if (sniff(text) === 'yaml') return parseYaml(text, file, display)
  try {
    return parseJson(text, file, display)
  } catch (error) {
    try {
      return parseYaml(text, file, display)
    } catch {
      throw error
    }
  }
}

function parseJson(text: string, file: string, display: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : ''
    const position = /position (\d+)/.exec(detail)
    const offset = position ? Number(position[1]) : text.length
    const point = new LineIndex(text).toPoint(offset)
    const found = offset < text.length ? `unexpected \`${text.charAt(offset)}\`` : 'unexpected end of file'
    throw new ConfigError(
      `Cannot parse ${display}: invalid JSON at line ${point.line}, column ${point.column} (${found})`,
      file,
      undefined,
      error
    )
  }
}

function parseYaml(text: string, file: string, display: string): unknown {
  const document = parseDocument(text, {uniqueKeys: true, prettyErrors: true})
  const error = document.errors[0]
  if (error) {
    const at = error.linePos?.[0]
    // yaml's message is "<reason> at line L, column C:\n\n<excerpt>".
    const reason = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')
    const where = at ? ` at line ${at.line}, column ${at.col}` : ''
    throw new ConfigError(`Cannot parse ${display}: invalid YAML${where} (${reason})`, file, undefined, error)
  }
  return document.toJS()
}
