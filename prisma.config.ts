// Prisma CLI configuration. The datasource URL is only needed by `prisma migrate` commands run online;
// the app itself connects through a driver adapter (lib/db/open.ts).
import { defineConfig } from 'prisma/config'

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/hub' },
})
