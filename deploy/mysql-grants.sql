-- Run once by the mysql image, on its first start with an empty data volume (docker-compose.yml
-- mounts this file in /docker-entrypoint-initdb.d). The image makes the application user
-- (MYSQL_USER) with no rights of its own: it gets every database of the subgraphs, which each
-- subgraph creates itself when missing (emulation_district, emulation_cluster, emulation_city),
-- and nothing else. Its triggers need log_bin_trust_function_creators (set in docker-compose.yml):
-- binary logging is on in MySQL 8.4, and this user has no SUPER.
GRANT ALL PRIVILEGES ON `emulation\_%`.* TO 'emulation'@'%';
