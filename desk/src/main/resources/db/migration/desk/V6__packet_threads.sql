-- A packet the desk received directly (not through the intake) names its submitter by the packet's
-- lookup key, not by the intake's peppered tag, which only the intake can compute. Replies to such a
-- thread are addressed to the key; the intake turns it into the tag when it imports them.
alter table submitter_thread add column addressed_by_lookup_key boolean default false not null;
