# The PlanGraph API: builds the TypeScript and serves; the store is chosen by NEO4J_URI.
FROM node:20
WORKDIR /app
COPY package.json package-lock.json ./
# npm install rather than npm ci: some registries lack optional platform binaries the lock lists.
RUN npm install --no-fund --no-audit --ignore-scripts
COPY . .
RUN npm run build
ENV NODE_ENV=production
EXPOSE 4000
CMD ["node", "dist/src/cli.js", "serve", "--ingest", "seeds"]
