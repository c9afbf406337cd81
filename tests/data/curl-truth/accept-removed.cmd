curl 'BASE/event?d_uuid=1' -H 'Accept:' -H 'User-Agent: DCS-Desk/0.1.0'
