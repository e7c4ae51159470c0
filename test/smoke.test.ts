import t from 'tap'
import { crc32 } from 'node:zlib'
t.equal(typeof crc32, 'function')
