print("greenroute")
