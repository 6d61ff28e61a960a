import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import retextEnglish from 'retext-english'
import retextSelfless from 'retext-selfless'
import {unified, type Plugin} from 'unified'
import type {Root} from 'nlcst'
const a = unified().use(retextEnglish)
const b: Plugin<[], Root> = retextSelfless
unified().use(remarkParse).use(remarkRetext, a)
unified().use(remarkParse).use(remarkRetext, unified().use(retextEnglish).use(b))
