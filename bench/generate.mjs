// Generates Compose projects of N services for the benchmark (and tests that need a large project).
// Each service looks like a real one: image, environment, a healthcheck, resources, depends_on a neighbour,
// and every fifth service publishes an HTTP port.
export function generateCompose(serviceCount) {
  const lines = [`name: bench-${serviceCount}`, 'services:'];
  for (let i = 0; i < serviceCount; i++) {
    lines.push(
      `  svc-${i}:`,
      `    image: ghcr.io/example/svc-${i}:\${TAG:-1.0.${i}}`,
      '    environment:',
      `      SERVICE_INDEX: "${i}"`,
      '      LOG_LEVEL: info',
      `      UPSTREAM: http://svc-${(i + 1) % serviceCount}:8080`,
      '    healthcheck:',
      '      test: ["CMD-SHELL", "wget -qO- http://localhost:8080/health || exit 1"]',
      '      interval: 30s',
      '      timeout: 5s',
      '      retries: 3',
      '    deploy:',
      `      replicas: ${1 + (i % 3)}`,
      '      resources:',
      '        limits:',
      '          cpus: "0.5"',
      '          memory: 1G',
    );
    if (i > 0) lines.push('    depends_on:', `      - svc-${i - 1}`);
    if (i % 5 === 0) lines.push('    ports:', `      - target: ${8000 + i}`, `        published: "${8000 + i}"`, '        x-aws-protocol: http');
  }
  return `${lines.join('\n')}\n`;
}
