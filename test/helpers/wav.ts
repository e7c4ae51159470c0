// Valid audio for upload tests: a PCM WAV whose header states its length, as real recorders write it.

/** A PCM WAV of `seconds` of silence (8 kHz, 16-bit mono). */
export function wav(seconds: number, rate = 8000): Buffer {
  const data = Math.round(rate * seconds) * 2
  const b = Buffer.alloc(44 + data)
  b.write('RIFF', 0, 'latin1')
  b.writeUInt32LE(36 + data, 4)
  b.write('WAVEfmt ', 8, 'latin1')
  b.writeUInt32LE(16, 16)
  b.writeUInt16LE(1, 20)
  b.writeUInt16LE(1, 22)
  b.writeUInt32LE(rate, 24)
  b.writeUInt32LE(rate * 2, 28)
  b.writeUInt16LE(2, 32)
  b.writeUInt16LE(16, 34)
  b.write('data', 36, 'latin1')
  b.writeUInt32LE(data, 40)
  return b
}
