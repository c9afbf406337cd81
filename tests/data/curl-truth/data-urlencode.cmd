curl BASE/event --data-urlencode 'c_q=a b&c' --data-urlencode 'c_r=ü'
