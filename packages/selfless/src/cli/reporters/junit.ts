/**
 * JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure):
 * one test suite per file, one failing test case per finding, and one
 * passing case for a clean file.
 */
import type {VFileMessage} from 'vfile-message'
import {levelOf} from '../levels.js'
import type {Reporter} from './types.js'

export const junit: Reporter = (files) => {
  let failures = 0
  let tests = 0
  const suites: string[] = []

  for (const file of files) {
    const path = file.path
    const cases = file.messages.map((message) => testCase(path, message))
    if (cases.length === 0) cases.push(`    <testcase name="${escape(path)}" classname="${escape(path)}"/>`)
    tests += cases.length
    failures += file.messages.length
    suites.push(
      `  <testsuite name="${escape(path)}" tests="${cases.length}" failures="${file.messages.length}" errors="0">\n${cases.join('\n')}\n  </testsuite>`
    )
  }

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="selfless" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites,
    '</testsuites>',
    ''
  ].join('\n')
}

function testCase(path: string, message: VFileMessage): string {
  const where = message.line === undefined ? '' : `:${message.line}:${message.column ?? 1}`
  const name = `${path}${where} ${message.ruleId ?? 'selfless'}`
  const details = [
    `${levelOf(message)}: ${message.reason}`,
    message.actual === undefined ? undefined : `actual: ${message.actual}`,
    message.expected && message.expected.length > 0 ? `expected: ${message.expected.join(' | ')}` : undefined,
    message.note,
    message.url
  ].filter((line) => line !== undefined && line !== null)
  return `    <testcase name="${escape(name)}" classname="${escape(path)}">\n      <failure message="${escape(message.reason)}" type="${escape(message.ruleId ?? 'selfless')}">${escape(details.join('\n'))}</failure>\n    </testcase>`
}

function escape(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // XML 1.0 cannot hold most control characters, even escaped.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
}
