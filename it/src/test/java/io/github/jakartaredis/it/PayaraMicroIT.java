package io.github.jakartaredis.it;

import java.nio.file.Path;
import java.util.Map;

/** The example application in Payara Micro 6. */
class PayaraMicroIT extends ExampleAppIT {

    @Override
    protected AppServer startServer(Path work, Map<String, String> env) {
        return PayaraMicro.start(Path.of(System.getProperty("it.payara.jar")), war(), work, env);
    }
}
