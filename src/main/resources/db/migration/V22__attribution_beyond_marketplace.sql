-- Usage attribution beyond the marketplace (issue 21, part 4).

-- A GUID may be registered for a quickstart template, a public repository or a customer
-- engagement without an offer; the service still requires one for the marketplace channel.
ALTER TABLE tracking_guid ALTER COLUMN offer_id DROP NOT NULL;
-- The channel list grows (quickstart template, customer engagement): the enum is the service's to
-- check, not a CHECK ... IN that each new channel would have to migrate.
ALTER TABLE tracking_guid DROP CONSTRAINT ck_tracking_guid_channel;

-- The account's partner network id (the partner programme's number, formerly MPN ID), under
-- which the programme reports usage together with the GUIDs. Digits only, checked by the service.
CREATE TABLE partner_network_id (
    account_id   BIGINT      NOT NULL PRIMARY KEY REFERENCES publisher_account (id),
    partner_id   VARCHAR(8)  NOT NULL,
    recorded_by  BIGINT      NOT NULL REFERENCES app_user (id),
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
