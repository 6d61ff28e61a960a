// PLACEHOLDER: replace with the rule's implementation (see rules/my-directions.ts).
import type {Rule} from '../rule.js'

const rule: Rule = {
  id: 'superlative-claim',
  category: 'personal-branding',
  severity: 'warning',
  summary: 'PLACEHOLDER',
  note: 'PLACEHOLDER',
  sources: [],
  fixable: false,
  triggers: [],
  check() {
    return undefined
  }
}

export default rule
