-- One database per service plus the identity store. Run once by the postgres image's
-- entrypoint, on an empty data volume, as the superuser named by POSTGRES_USER (dibao),
-- which therefore owns them.
CREATE DATABASE dibao_households;
CREATE DATABASE dibao_disbursement;
CREATE DATABASE dibao_supervision;
CREATE DATABASE dibao_authz;
