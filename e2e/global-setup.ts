import { createTestDriver, resetToDemoData } from '../db/testing/database';

/** Every end-to-end run starts from the demo data set, whatever the integration tests left behind. */
export default async function globalSetup(): Promise<void> {
  const driver = createTestDriver();
  try {
    await resetToDemoData(driver);
  } finally {
    await driver.close();
  }
}
