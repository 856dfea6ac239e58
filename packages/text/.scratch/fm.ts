import { fromText } from '/work/wt-text/packages/text/src/index.js'
import { validateTranscript, formatMessage } from '/work/wt-text/packages/core/dist/index.js'
const t = `---
title: X
source:
  url: https://x
  date: last Tuesday
media:
  duration: -4
speakers:
  - id: "ana:ruiz"
    name: Ana Ruiz
    role: Host Person
---

ANA RUIZ: Hello.
`
const r = fromText(t)
console.log(validateTranscript(r.transcript).valid, JSON.stringify(r.transcript.meta), JSON.stringify(r.transcript.speakers))
for (const m of r.messages) console.log(formatMessage(m))
