// A consumer build that compiled but ran no test would pass on its own: check that both classes ran.
['FreeBusyOverHttpsTest', 'FreeBusyOverHttpTest'].each { name ->
    def report = new File(basedir, "target/surefire-reports/TEST-com.example.contract.${name}.xml")
    assert report.isFile() : "no test report for ${name}"
    def suite = new groovy.xml.XmlSlurper().parse(report)
    assert suite.@tests.toInteger() == 1 : "${name} ran ${suite.@tests} tests"
    assert suite.@failures.toInteger() == 0 && suite.@errors.toInteger() == 0 : "${name} failed"
}
return true
