// Loaded with NODE_OPTIONS=--import (where --cpu-prof is not allowed): profiles the whole life of a Node
// process through the inspector and writes <BENCH_CPU_PROF>/<pid>.cpuprofile when it exits.
import { writeFileSync } from 'node:fs'
import { Session } from 'node:inspector'
import { join } from 'node:path'

const session = new Session()
session.connect()
session.post('Profiler.enable')
session.post('Profiler.start')
process.on('exit', () => {
  // Same-thread inspector calls complete synchronously, so this runs to the end inside 'exit'.
  session.post('Profiler.stop', (err, result) => {
    if (!err)
      writeFileSync(join(process.env.BENCH_CPU_PROF, `${process.pid}.cpuprofile`), JSON.stringify(result.profile))
  })
})
