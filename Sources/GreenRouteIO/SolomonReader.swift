import GreenRouteCore

/// Reads the Solomon (1987) VRPTW text format: a name line, a `VEHICLE` section with
/// `NUMBER CAPACITY` and one row of two numbers, and a `CUSTOMER` section with rows
/// `CUST NO. XCOORD. YCOORD. DEMAND READY TIME DUE DATE SERVICE TIME`; customer 0 is the depot.
///
/// The result has abstract units, Euclidean distances and no battery limit: one vehicle type
/// `van` with count NUMBER, capacity CAPACITY, battery 0, consumption 0, speed 1; no stations.
/// The depot id is `D0`, customer ids are `C<number>`.
public enum SolomonReader {
    /// The column names of a customer row, in order.
    static let columns = ["CUST NO.", "XCOORD.", "YCOORD.", "DEMAND", "READY TIME", "DUE DATE", "SERVICE TIME"]

    private enum Section { case preamble, vehicle, customer }

    private struct Row {
        var number: Int
        var values: [Double]  // x y demand ready due service
        var line: Int
    }

    /// Parses a Solomon file's text; `name` becomes the instance name, `path` is used in errors.
    public static func read(contents: String, name: String, path: String) throws -> Instance {
        var problems = ProblemCollector(file: path)
        var section = Section.preamble
        var vehicle: (count: Int, capacity: Double, line: Int)?
        var vehicleLineSeen = false
        var customerSectionLine: Int?
        var rows: [Row] = []
        var lastLine = 0
        for (number, text) in TextNumbers.lines(of: contents) {
            let fields = TextNumbers.fields(of: text)
            guard let first = fields.first else { continue }
            lastLine = number
            switch first.uppercased() {
            case "VEHICLE" where fields.count == 1:
                section = .vehicle
                continue
            case "CUSTOMER" where fields.count == 1:
                section = .customer
                customerSectionLine = number
                continue
            case "NUMBER", "CUST":
                continue  // column headers
            default:
                break
            }
            switch section {
            case .preamble:
                continue  // the name line
            case .vehicle:
                guard !vehicleLineSeen else {
                    problems.add(.wrongColumnCount, line: number, "unexpected line in the VEHICLE section (expected one row NUMBER CAPACITY)")
                    continue
                }
                vehicleLineSeen = true
                vehicle = readVehicle(fields, line: number, problems: &problems)
            case .customer:
                if let row = readRow(fields, line: number, problems: &problems) { rows.append(row) }
            }
        }
        guard lastLine > 0 else {
            throw InstanceError(InstanceProblem(kind: .emptyFile, file: path, line: nil, field: nil,
                                                message: "empty file (expected a Solomon VRPTW instance)"))
        }
        if !vehicleLineSeen {
            problems.add(.missingSection, line: lastLine, field: "VEHICLE",
                         "no VEHICLE section with a NUMBER CAPACITY row (expected before the CUSTOMER section)")
        }
        if customerSectionLine == nil {
            problems.add(.missingSection, line: lastLine, field: "CUSTOMER", "no CUSTOMER section (expected after the VEHICLE section)")
        }
        let depots = rows.filter { $0.number == 0 }
        if depots.isEmpty && customerSectionLine != nil {
            problems.add(.missingDepot, line: customerSectionLine, field: "CUST NO.", "no row with CUST NO. 0 (the depot)")
        }
        for extra in depots.dropFirst() {
            problems.add(.multipleDepots, line: extra.line, field: "CUST NO.",
                         "second row with CUST NO. 0 (the depot; first on line \(depots[0].line))")
        }
        guard let depotRow = depots.first, let vehicle else { throw problems.error }
        for (index, column) in [(2, "DEMAND"), (5, "SERVICE TIME")] where depotRow.values[index] != 0 {
            problems.add(.badValue, line: depotRow.line, field: column,
                         "\(column) of the depot (CUST NO. 0) is \(depotRow.values[index]) (expected 0)")
        }

        var sources = SourceMap(file: path)
        sources.record("vehicleTypes[0]", line: vehicle.line, field: nil)
        sources.record("vehicleTypes[0].count", line: vehicle.line, field: "NUMBER")
        sources.record("vehicleTypes[0].capacity", line: vehicle.line, field: "CAPACITY")
        record(depotRow, key: "depot", sources: &sources)
        let depot = Depot(id: "D0", location: .plane(x: depotRow.values[0], y: depotRow.values[1]),
                          open: depotRow.values[3], close: depotRow.values[4])
        var customers: [Customer] = []
        for row in rows where row.number != 0 {
            record(row, key: "customers[\(customers.count)]", sources: &sources)
            customers.append(Customer(id: "C\(row.number)", location: .plane(x: row.values[0], y: row.values[1]),
                                      demand: row.values[2], ready: row.values[3], due: row.values[4],
                                      service: row.values[5]))
        }
        let type = VehicleType(id: "van", count: vehicle.count, capacity: vehicle.capacity, battery: 0,
                               consumption: 0, speed: 1, maxChargePower: 1, initialCharge: 0,
                               reserve: 0, returnCharge: 0, fixedCost: 0, costPerKm: 1)
        let instance = Instance(name: name, timeUnit: .abstract, depot: depot, customers: customers, stations: [],
                                vehicleTypes: [type], metric: .euclidean, charging: .full,
                                metadata: ["format": "solomon"])
        problems.append(contentsOf: InstanceValidator.problems(of: instance, sources: sources))
        try problems.throwIfAny()
        return instance
    }

    private static func record(_ row: Row, key: String, sources: inout SourceMap) {
        sources.record(key, line: row.line, field: nil)
        sources.record(key + ".id", line: row.line, field: columns[0])
        let fields = key == "depot" ? ["location.x", "location.y", "demand", "open", "close", "service"]
                                    : ["location.x", "location.y", "demand", "ready", "due", "service"]
        for (index, field) in fields.enumerated() {
            sources.record(key + "." + field, line: row.line, field: columns[index + 1])
        }
    }

    private static func number(_ text: Substring, column: String, line: Int,
                               problems: inout ProblemCollector) -> Double? {
        switch TextNumbers.parse(text) {
        case .value(let value): return value
        case .notANumber:
            problems.add(.notANumber, line: line, field: column, "\(column) is '\(text)' (expected a number)")
        case .notFinite:
            problems.add(.notFinite, line: line, field: column, "\(column) is '\(text)' (expected a finite number)")
        }
        return nil
    }

    private static func integer(_ value: Double, column: String, line: Int, problems: inout ProblemCollector) -> Int? {
        guard value == value.rounded(), abs(value) < 1e15 else {
            problems.add(.notAnInteger, line: line, field: column, "\(column) is \(value) (expected a whole number)")
            return nil
        }
        return Int(value)
    }

    private static func readVehicle(_ fields: [Substring], line: Int,
                                    problems: inout ProblemCollector) -> (count: Int, capacity: Double, line: Int)? {
        guard fields.count == 2 else {
            problems.add(.wrongColumnCount, line: line, "\(fields.count) columns in the VEHICLE row (expected 2: NUMBER CAPACITY)")
            return nil
        }
        let count = number(fields[0], column: "NUMBER", line: line, problems: &problems)
        let capacity = number(fields[1], column: "CAPACITY", line: line, problems: &problems)
        guard let count, let capacity,
              let whole = integer(count, column: "NUMBER", line: line, problems: &problems) else { return nil }
        return (whole, capacity, line)
    }

    private static func readRow(_ fields: [Substring], line: Int, problems: inout ProblemCollector) -> Row? {
        guard fields.count == columns.count else {
            problems.add(.wrongColumnCount, line: line,
                         "\(fields.count) columns (expected \(columns.count): \(columns.joined(separator: ", ")))")
            return nil
        }
        var values: [Double] = []
        for (index, field) in fields.enumerated() {
            guard let value = number(field, column: columns[index], line: line, problems: &problems) else { continue }
            values.append(value)
        }
        guard values.count == columns.count,
              let customerNumber = integer(values[0], column: columns[0], line: line, problems: &problems) else { return nil }
        if customerNumber < 0 {
            problems.add(.negativeValue, line: line, field: columns[0], "CUST NO. is \(customerNumber) (expected ≥ 0)")
            return nil
        }
        return Row(number: customerNumber, values: Array(values.dropFirst()), line: line)
    }
}
