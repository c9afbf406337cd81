curl 'BASE/event?d_uuid=07955261652886032950143702505894272138' -H 'X-City: Köln' -H 'X-Empty;' -H 'Accept-Language: de-DE' -A 'Partner/2.0'
