-- ALTER TYPE ... ADD VALUE at the end, BEFORE and AFTER existing labels, and IF NOT EXISTS.
CREATE TYPE priority AS ENUM ('low', 'high');
ALTER TYPE priority ADD VALUE 'medium' BEFORE 'high';
ALTER TYPE priority ADD VALUE 'urgent';
ALTER TYPE priority ADD VALUE 'lowest' BEFORE 'low';
ALTER TYPE priority ADD VALUE 'critical' AFTER 'urgent';
ALTER TYPE priority ADD VALUE 'medium-high' AFTER 'medium';
ALTER TYPE priority ADD VALUE IF NOT EXISTS 'high';
ALTER TYPE priority ADD VALUE IF NOT EXISTS 'blocker' AFTER 'critical';
CREATE TABLE tickets (id integer, p priority DEFAULT 'medium'::priority);
