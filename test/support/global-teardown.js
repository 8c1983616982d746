// Removes the run's scratch folder made by global-setup.js (every test's mkdtemp lands in it).
const fs = require('node:fs');

module.exports = async () => {
  const dir = process.env.PLANGRAPH_TEST_SCRATCH;
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
};
