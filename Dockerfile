# The bot as a container image (see README, "Running in production").
#   docker build -t coverage-bot .
#   docker run --rm --env-file .env -v "$PWD/data:/app/data" coverage-bot
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
# Production dependencies only (no tsx, no typescript), then the optional SQLite driver for the
# default store; the toolchain to compile it is removed again.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
  && npm ci --omit=dev --no-audit --no-fund \
  && npm run install:sqlite \
  && apt-get purge -y python3 make g++ && apt-get autoremove -y && rm -rf /var/lib/apt/lists/* /root/.npm
COPY --from=build /app/dist ./dist
COPY assets ./assets
COPY data/articles ./data/articles
USER node
# node itself is PID 1 and handles SIGTERM (docker stop): in-flight replies finish first.
CMD ["node", "dist/bot.js"]
