curl -sSX POST BASE/event -H 'Host: acme.demdex.net' -d 'd_rtbd=json&d_uuid=07955261652886032950143702505894272138&c_a=1'
