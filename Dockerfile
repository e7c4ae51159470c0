# Hub: built once in a build stage, run as plain JavaScript with production dependencies only.

# Build: the full install (TypeScript, the Prisma CLI, Vite) generates the Prisma client, compiles dist/ and builds
# the admin console's static files into dist/admin.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN node scripts/prisma-generate.mjs && node scripts/build.mjs

# Run: runtime dependencies (--omit=optional too: otherwise npm keeps the Prisma CLI, an optional peer of
# @prisma/client), dist/ with the compiled client and the console (dist/admin), and the migrations applied at start.
FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --omit=optional --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY prisma ./prisma
COPY --from=build /app/dist ./dist
# `docker compose exec hub hub tokens list`: the operator CLI on the container's settings.
RUN chmod +x dist/cli/hub.js && ln -s /app/dist/cli/hub.js /usr/local/bin/hub \
  && mkdir -p /data && chown node:node /data
USER node
ENV HOST=0.0.0.0 PORT=3000 HUB_DATA_DIR=/data
# The embedded database and its generated secret (when DATABASE_URL and HUB_SECRET are not set).
VOLUME /data
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:3000/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# node runs as PID 1 and handles SIGTERM itself: close-with-grace drains in-flight requests, then exits.
# The young generation capped as in package.json's start script (see "Memory given back when idle" in the README).
CMD ["node", "--max-semi-space-size=8", "dist/server.js"]
