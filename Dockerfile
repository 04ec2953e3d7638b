# One image for every service; docker-compose.yml picks the service with the command.
# Node 24, the current LTS: Node 20 left maintenance in April 2026. The code still runs on Node 20 (package.json engines).
FROM node:24-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
COPY dashboard/package.json dashboard/package.json
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY services services
COPY gateway gateway
COPY schema schema
COPY scripts scripts
COPY demo demo
COPY dashboard dashboard
RUN npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
COPY --from=build /app/schema/supergraph.graphql schema/supergraph.graphql
# The gateway serves the dashboard's build at / (DASHBOARD_DIR) and its manifest (PERSISTED_DOCUMENTS).
COPY --from=build /app/dashboard/dist dashboard/dist
USER node
CMD ["node", "dist/gateway/index.js"]
