-- The suite's one vocabulary of officer roles (BuildingBlocks OfficerRoles): the register's "officer" is now "inspector".
update inspection_permissions set granted_by_role = 'inspector' where granted_by_role = 'officer';
update suspensions set decided_by_role = 'inspector' where decided_by_role = 'officer';
