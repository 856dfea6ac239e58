import { GRAMMARS } from '../src/grammars.js'
for (const t of process.argv.slice(2)) for (const g of GRAMMARS) console.log(t, g.id, JSON.stringify(g.match(t)))
