"""Opens a workbook in LibreOffice (through UNO, headless) and saves it as .ods protected with a
password: python3 save-with-password.py <in> <in-password or -> <out.ods> <password>"""
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


source, source_password, target, password = sys.argv[1:5]
office = subprocess.Popen(["soffice", "--headless", "--invisible", "--norestore",
                           "--accept=pipe,name=catchup-fixtures;urp;"])
try:
    resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", uno.getComponentContext())
    for _ in range(60):
        try:
            context = resolver.resolve("uno:pipe,name=catchup-fixtures;urp;StarOffice.ComponentContext")
            break
        except Exception:
            time.sleep(1)
    desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    load = [prop("Hidden", True)]
    if source_password != "-":
        load.append(prop("Password", source_password))
    document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0,
                                            tuple(load))
    document.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)),
                        (prop("FilterName", "calc8"), prop("Password", password)))
    document.close(True)
    try:
        desktop.terminate()
    except Exception:
        pass
finally:
    try:
        office.wait(timeout=30)
    except subprocess.TimeoutExpired:
        office.kill()
