# The PlanGraph API. Two stages: the build stage compiles the TypeScript with every dependency;
# the runtime stage holds production dependencies, the compiled dist and the data it reads
# (seeds and lexicon, cypher queries, the schema, the ontology), and runs as the unprivileged
# `node` user. The store is chosen by NEO4J_URI (unset: the embedded store, filled from seeds).

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: `prepare` would build before the sources are copied.
RUN npm ci --no-fund --no-audit --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
# Production dependencies only; no scripts (the build is copied from the build stage). The only
# optional ones are pdf.js's canvas bindings (33 MB) for drawing pages, which reading text never uses.
RUN npm ci --omit=dev --omit=optional --ignore-scripts --no-fund --no-audit && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY bin ./bin
COPY cypher ./cypher
COPY seeds ./seeds
COPY schema ./schema
COPY docs ./docs
USER node
EXPOSE 4000
# Liveness: the process answers HTTP. Readiness (/health/ready) is for the orchestrator to route by.
# No curl in the slim image: node's own fetch does the probe.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health/live').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/src/cli.js", "serve", "--ingest", "seeds"]
