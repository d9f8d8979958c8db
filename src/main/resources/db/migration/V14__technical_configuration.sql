-- Technical configuration per offer type (domain.md 10) and the preview audience of an offer.
-- Values are checked by the portal's records (no CHECK ... IN constraints: H2 2.4.240).

-- One row per offer: the SaaS fields, the container image and the Azure application's package
-- with the customer usage attribution report it was checked with (attached to the submission).
CREATE TABLE technical_configuration (
    offer_id            BIGINT        PRIMARY KEY REFERENCES offer (id),
    landing_page_url    VARCHAR(2000),
    webhook_url         VARCHAR(2000),
    tenant_id           VARCHAR(36),
    application_id      VARCHAR(36),
    image_repository    VARCHAR(300),
    image_tag           VARCHAR(128),
    package_name        VARCHAR(200),
    package_content     BYTEA,
    package_size        BIGINT,
    package_version     VARCHAR(40),
    package_verdict     VARCHAR(10),
    package_findings    VARCHAR(20000),
    package_checked_at  TIMESTAMP WITH TIME ZONE,
    updated_by          BIGINT        REFERENCES app_user (id),
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             INTEGER       NOT NULL DEFAULT 0
);

-- A virtual machine's settings per plan (the plan id is the plans feature's, kept as text so a
-- plan's configuration outlives nothing but is found by its id).
CREATE TABLE vm_plan_configuration (
    offer_id            BIGINT        NOT NULL REFERENCES offer (id),
    plan_id             VARCHAR(50)   NOT NULL,
    recommended_sizes   VARCHAR(500)  NOT NULL,
    open_ports          VARCHAR(4000) NOT NULL,
    updated_by          BIGINT        REFERENCES app_user (id),
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             INTEGER       NOT NULL DEFAULT 0,
    PRIMARY KEY (offer_id, plan_id)
);

CREATE TABLE vm_image_version (
    offer_id            BIGINT        NOT NULL REFERENCES offer (id),
    plan_id             VARCHAR(50)   NOT NULL,
    image_version       VARCHAR(40)   NOT NULL,
    os_family           VARCHAR(10)   NOT NULL,
    os_name             VARCHAR(100)  NOT NULL,
    vhd_url             VARCHAR(2000),
    gallery_image_id    VARCHAR(1000),
    added_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (offer_id, plan_id, image_version)
);

-- Who may open the preview before go-live: subscription ids or e-mail addresses, at most 100.
CREATE TABLE preview_audience_member (
    offer_id            BIGINT        NOT NULL REFERENCES offer (id),
    member              VARCHAR(254)  NOT NULL,
    added_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (offer_id, member)
);

-- The preview link's secret: a random token per offer, the same on every node; revoking it
-- makes a new one.
CREATE TABLE preview_link (
    offer_id            BIGINT        PRIMARY KEY REFERENCES offer (id),
    token               VARCHAR(64)   NOT NULL UNIQUE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
