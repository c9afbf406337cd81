curl BASE/event -H 'Content-Type: application/x-www-form-urlencoded; charset=UTF-8' -d 'c_a=1'
