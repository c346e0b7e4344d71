/** The six occupations the seed pages (content/raw) name, by slug. Import-free: scripts use it too. */
export const SEED_SLUGS: readonly string[] = [
  'collections-customer-service',
  'customer-relations-specialist',
  'customer-service-specialist',
  'lead-customer-service-representative',
  'order-processing-specialist',
  'order-processor',
];
