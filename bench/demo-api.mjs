// p50/p95 of the read API on the demo data, against a running `npm start`: node bench/demo-api.mjs [base URL]
const base = process.argv[2] ?? 'http://localhost:3000';
async function measure(path, runs = 200) {
  for (let i = 0; i < 20; i++) await (await fetch(base + path)).arrayBuffer();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = await fetch(base + path);
    await r.arrayBuffer();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
  console.log(`${path}: p50 ${q(0.5)} ms, p95 ${q(0.95)} ms over ${runs} runs`);
}
await measure('/api/view?actors=turkey,recep-tayyip-erdogan,mit,ibrahim-kalin,hamas,ismail-haniyeh,israel,benjamin-netanyahu,qatar,egypt,united-states');
await measure('/api/search?q=erdogan');
await measure('/api/actors/israel/neighbours/preview?hops=2');
await measure('/api/paths?from=united-states&to=hamas');
