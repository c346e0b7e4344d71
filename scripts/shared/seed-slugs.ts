/** The six occupations the seed pages (content/raw) name, by slug: for tests, and for tools when a server's own slugs cannot be read. */
export const SEED_SLUGS: readonly string[] = [
  'collections-customer-service',
  'customer-relations-specialist',
  'customer-service-specialist',
  'lead-customer-service-representative',
  'order-processing-specialist',
  'order-processor',
];
