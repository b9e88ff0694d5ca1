# The course site as a container: a Next.js standalone server on Node 20 (Alpine).
# Build: docker build -t learn-docker .    Run: docker run -p 3000:3000 learn-docker
# (or `docker compose up --build` with compose.yaml).

# 1. Dependencies, in their own layer: rebuilt only when the lockfile changes.
FROM node:20-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# 2. Build. STANDALONE=1 makes next.config.ts emit .next/standalone: a server.js with
# only the node_modules it needs, so the final image carries no build tools.
FROM node:20-alpine AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 \
    STANDALONE=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

# 3. Run: the standalone server, its static assets and public/, owned by the
# unprivileged `node` user that the official image provides.
FROM node:20-alpine AS run
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    HOSTNAME=0.0.0.0 \
    PORT=3000
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/public ./public
USER node
EXPOSE 3000
# Node's own fetch: the image has no curl or wget to spare.
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
    CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server.js"]
