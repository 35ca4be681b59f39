pytest_plugins = ["final_pos_fake.pytest_plugin", "pytester"]
