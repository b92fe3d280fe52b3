/** `npm run db:setup`: applies the migrations and loads the demo data into the Neo4j named by the environment. */
import { createDriver, readNeo4jSettings } from '../connection';
import { migrate } from '../migrate';
import { loadDemoData } from '../seed/load';

async function main(): Promise<void> {
  const settings = readNeo4jSettings();
  const driver = createDriver(settings);
  try {
    await driver.verifyConnectivity({ database: settings.database });
    const applied = await migrate(driver, settings.database);
    console.info(applied.length ? `Migrations applied: ${applied.join(', ')}` : 'Migrations: up to date');
    const { created } = await loadDemoData(driver, settings.database);
    const total = Object.values(created).reduce((sum, count) => sum + count, 0);
    console.info(
      total
        ? `Demo data loaded: ${created.actors} actors, ${created.ties} ties, ${created.meetings} meetings, ${created.sources} sources`
        : 'Demo data: already loaded',
    );
  } finally {
    await driver.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Database setup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
