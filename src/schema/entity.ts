import { z } from 'zod';

export const EntityKind = z.enum(['person', 'organization', 'place', 'group']);
export type EntityKind = z.infer<typeof EntityKind>;

export const Entity = z.object({
  id: z.string(),
  kind: EntityKind,
  /** Canonical name: the longest full form seen ("Amara Okafor"). */
  name: z.string(),
  /** Other surface forms that refer to this entity ("Okafor", "Ms Okafor"). */
  aliases: z.array(z.string()),
  /** Roles and titles from appositives and pre-name titles ("UN Secretary-General"). */
  roles: z.array(z.string()),
  /** Article ids the entity is mentioned in. */
  articles: z.array(z.string()),
});
export type Entity = z.infer<typeof Entity>;
