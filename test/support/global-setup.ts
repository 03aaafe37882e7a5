/** Placeholder replaced by the emulator harness. */
export default async function setup(): Promise<void> {}
