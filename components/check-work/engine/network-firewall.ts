/**
 * cw205 (stop 60): the bridge driver's own firewall rules for a new network refused (moby libnetwork/drivers/bridge/
 * setup_ip_tables.go (*bridgeNetwork).setupIPTables: `Failed to Setup IP tables: %s` around setupIPTablesInternal's `Unable to
 * enable SKIP DNAT rule: …` / `Unable to enable NAT rule: …`, `Failed to program NAT chain: %s` (`Failed to inject DOCKER in
 * PREROUTING chain: …`), `Failed to program FILTER chain: %s`; before 1.9 `Failed to create NAT chain` / `FILTER chain`), most often
 * because firewalld, nftables or an iptables reload flushed the DOCKER chain after the daemon made it (`No chain/target/match by that
 * name`, nf_tables' `Chain 'DOCKER' does not exist`, legacy's `Couldn't load target 'DOCKER'`). The driver's CreateNetwork fails, so
 * libnetwork's NewNetwork deletes the network again. Only under Compose's own wrappers (v2 pkg/compose/create.go ensureNetworks'
 * `failed to create network %s: %w`, v1's `ERROR: ` at a line's start) or the daemon's answer at a line's start (`docker network
 * create`, moby client/request.go `Error response from daemon: %s`): never the daemon's start (`Error creating default "bridge"
 * network: …` under `failed to start daemon:`, install's), never the words in a sentence. Read by compose-errors.ts (lessons 6 and 7)
 * and step-install.ts (the daemon answered). The network's name where Compose v2 gives it.
 */
export const networkFirewall =
  /(?:failed to create network ([\w.-]{1,100}): (?:Error response from daemon: )?|^\s{0,8}(?:ERROR|Error response from daemon): )(?:Failed to (?:Setup IP tables|program (?:NAT|FILTER) chain|create (?:NAT|FILTER) chain)\b|Failed to setup IP tables, cannot acquire)/;
