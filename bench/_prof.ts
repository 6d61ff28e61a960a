import retextEnglish from 'retext-english'
import retextSelfless from 'retext-selfless'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {sotuDocument} from './sotu.ts'
const blocks = sotuDocument(2*1024*1024).split('\n\n').slice(0, 5000)
const full = unified().use(retextEnglish).use(retextSelfless).freeze()
const trees = blocks.map(t => [full.parse(t), new VFile(t)] as const)
for (let i=0;i<5;i++){
const a0=process.hrtime.bigint()
for (const [tree, f] of trees) { f.messages.length = 0; full.runSync(tree as any, f) }
const run = Number(process.hrtime.bigint()-a0)/1e6
const b0=process.hrtime.bigint()
for (const b of blocks) full.parse(b)
const parse = Number(process.hrtime.bigint()-b0)/1e6
console.log('run', run.toFixed(0), 'parse', parse.toFixed(0), 'ratio', (run/parse).toFixed(3))
}
