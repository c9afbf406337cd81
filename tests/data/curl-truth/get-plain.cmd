curl 'BASE/event?d_rtbd=json&d_uuid=07955261652886032950143702505894272138&c_likes=golf,tennis'
