#!/usr/bin/env bash
# Rebuilds examples/shop/shop.db with real Alembic (Debian's python3-alembic): upgrades to
# "create order items table", inserts sample rows, then upgrades to "make order status not null",
# so the database has applied revisions, a backfilled column and five pending revisions.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

shop="$RETORT_ROOT/examples/shop"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$shop/alembic.ini" "$shop/migrations" "$work/"
alembic() { (cd "$work" && /usr/bin/python3 -m alembic "$@"); }

say "Upgrading a fresh database to 5d0b3e8f7a61 (create order items table)"
alembic upgrade 5d0b3e8f7a61
say "Inserting sample rows"
sqlite3 "$work/shop.db" <<'SQL'
PRAGMA foreign_keys = ON;
INSERT INTO users (id, email, name, created_at) VALUES
    (1, 'ada@example.com', 'Ada Lovelace', '2026-03-05 10:12:00'),
    (2, 'grace@example.com', 'Grace Hopper', '2026-03-06 14:30:00'),
    (3, 'edsger@example.com', 'Edsger Dijkstra', '2026-03-07 09:01:00');
INSERT INTO products (id, name, description, price_cents, created_at) VALUES
    (1, 'Round-bottom flask 500 ml', 'Borosilicate glass, NS 29/32', 1490, '2026-03-05 08:00:00'),
    (2, 'Glass retort 250 ml', 'With ground-glass stopper', 3290, '2026-03-05 08:00:00'),
    (3, 'Bunsen burner', 'Natural gas, with flame stabiliser', 2450, '2026-03-05 08:00:00'),
    (4, 'Lab notebook', 'A4, 200 numbered pages', 890, '2026-03-05 08:00:00');
INSERT INTO orders (id, user_id, created_at) VALUES
    (1, 1, '2026-03-08 11:20:00'),
    (2, 2, '2026-03-09 16:45:00'),
    (3, 1, '2026-03-10 09:05:00');
INSERT INTO order_items (order_id, product_id, quantity, unit_price_cents) VALUES
    (1, 2, 1, 3290), (1, 4, 2, 890),
    (2, 1, 3, 1490), (2, 3, 1, 2450),
    (3, 4, 1, 890);
SQL
say "Upgrading to 1b7d5e3a9c04 (make order status not null)"
alembic upgrade 1b7d5e3a9c04
alembic current
cp "$work/shop.db" "$shop/shop.db"
say "Wrote $shop/shop.db"
