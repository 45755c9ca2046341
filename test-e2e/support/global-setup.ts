/** Before the browser tests: the fake office.js they serve is built from the jest fake (see build-fake-office.ts). */
import { buildFakeOffice } from "./build-fake-office";

export default async function globalSetup(): Promise<void> {
  await buildFakeOffice();
}
