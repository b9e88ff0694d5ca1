# The course site as a container: a Next.js standalone server on Node.js 26, the current LTS
# (Alpine). The image does not depend on the Node.js of the machine that builds it.
# Build: docker build --build-arg SITE_URL=https://learn-docker.example -t learn-docker .
# Run:   docker run --rm -p 127.0.0.1:3000:3000 learn-docker
# (or `docker compose up --build` with compose.yaml).

# 1. What the build needs, in its own layer: rebuilt only when the lockfile changes. The test
# and benchmark tools (Playwright, Lighthouse, Vitest, ...) are dev dependencies: left out.
FROM node:26-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

# 2. Build. STANDALONE=1 makes next.config.ts emit .next/standalone: a server.js with only the
# node_modules it needs, so the final image carries no build tools. SITE_URL is the address the
# site will be served from: the sitemap, robots.txt, canonical links and og:url use it (the
# build warns when it is not set, and they say http://localhost:3000).
FROM node:26-alpine AS build
WORKDIR /app
ARG SITE_URL
ENV NEXT_TELEMETRY_DISABLED=1 \
    STANDALONE=1 \
    SITE_URL=${SITE_URL}
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

# 3. Run: the standalone server, its static assets and public/ (with the islands, the search
# index and the sitemap the build wrote there), owned by the unprivileged `node` user that the
# official image provides.
FROM node:26-alpine AS run
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
